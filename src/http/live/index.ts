/** Live story updates over server-sent events: an in-process bus and the routes that stream it. */
export { createStoryEvents } from './bus.js';
export type { StoryEvents, NumberedEvent } from './bus.js';
export { liveRoutes } from './routes.js';
export type { LiveRouteOptions } from './routes.js';
