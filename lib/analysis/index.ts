export { analyze } from './analyze';
export * from './schema';
export { analyzeInSlices, summarize } from './slices';
