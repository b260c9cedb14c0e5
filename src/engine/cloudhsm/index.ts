/** The simulated AWS CloudHSM service (framework-free): its data, API and views. */
export * from './model';
export * from './errors';
export * from './cluster';
export * from './view';
