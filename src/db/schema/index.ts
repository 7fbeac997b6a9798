export * from './reference.js'
export * from './practices.js'
export * from './accounts.js'
