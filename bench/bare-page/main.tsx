import { createRoot } from 'react-dom/client'

// The least a React 19 page ships: the weight benchmark's baseline.
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(<h1>Bare React page</h1>)
