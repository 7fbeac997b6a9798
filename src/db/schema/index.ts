export * from './reference.js'
export * from './practices.js'
