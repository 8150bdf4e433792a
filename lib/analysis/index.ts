export { analyze } from './analyze';
export * from './schema';
export { summarize } from './stages/summary';
