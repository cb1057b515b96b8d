import type { Dataset } from '../schemas/dataset.ts';

/** Every validated dataset, by id. */
export type DatasetMap = Readonly<Record<string, Dataset>>;

/** The shapes a dataset may take: annual, monthly, estimates, events. */
export type DatasetShape = Dataset['shape'];

/** The dataset type of a shape. */
export type DatasetOfShape<S extends DatasetShape> = Extract<Dataset, { shape: S }>;

/** A dataset of the expected shape, or a clear error naming who needs it and the dataset. */
export function requireDataset<S extends DatasetShape>(datasets: DatasetMap, id: string, shape: S, user: string): DatasetOfShape<S> {
	const dataset = datasets[id];
	if (!dataset) throw new Error(`${user} needs dataset "${id}", which is missing`);
	if (!isShape(dataset, shape)) throw new Error(`${user} needs dataset "${id}" to be "${shape}", not "${dataset.shape}"`);
	return dataset;
}

function isShape<S extends DatasetShape>(dataset: Dataset, shape: S): dataset is DatasetOfShape<S> {
	return dataset.shape === shape;
}

/** A row by id, or a clear error. */
export function requireRow<R extends { id: string }>(rows: readonly R[], id: string, datasetId: string): R {
	const row = rows.find((r) => r.id === id);
	if (!row) throw new Error(`dataset "${datasetId}" has no row "${id}"`);
	return row;
}
