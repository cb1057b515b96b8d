// What articles may use without importing: the components MDX pages get by name.
export { default as Chart } from './Chart.astro';
export { default as Fact } from './Fact.astro';
