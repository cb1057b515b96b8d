import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DatasetSchema } from './schemas/dataset.ts';
import { ArticleSchema } from './schemas/article.ts';
import { datasetLoader, translatedDatasetLoader } from './data/dataset-loader.ts';

const datasets = defineCollection({
	loader: datasetLoader('content/data'),
	schema: DatasetSchema,
});

/** The datasets in Russian and Kazakh: the English figures with translated words ("ru/grid-load"). */
const translatedDatasets = defineCollection({
	loader: translatedDatasetLoader('content/data'),
	schema: DatasetSchema,
});

const articles = defineCollection({
	loader: glob({ pattern: ['*.mdx', '*/*.mdx'], base: './content/articles' }),
	schema: ArticleSchema,
});

export const collections = { datasets, translatedDatasets, articles };
