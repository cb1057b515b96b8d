// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
	{ ignores: ['dist/', 'dist-sub/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	...astro.configs.recommended,
	{
		// Astro files and plain config scripts are linted without type information: the typed rules need a TS program they are not part of.
		files: ['**/*.astro', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{ files: ['src/scripts/**/*.ts'], languageOptions: { globals: globals.browser } },
	{ files: ['*.config.*', 'tests/**/*.ts', 'src/routes/deploy-env.mjs'], languageOptions: { globals: globals.node } },
	prettier
);
