import { app } from './app'
import { queue } from './queue/writeback'

export default { fetch: app.fetch, queue }
