import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DatasetSchema } from './schemas/dataset.ts';
import { ArticleSchema } from './schemas/article.ts';
import { datasetLoader } from './data/dataset-loader.ts';

const datasets = defineCollection({
	loader: datasetLoader('content/data'),
	schema: DatasetSchema,
});

const articles = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/articles' }),
	schema: ArticleSchema,
});

export const collections = { datasets, articles };
