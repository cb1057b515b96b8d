/** The site's identity: its name, the same in every language (the tagline is in each language's words). */
export const SITE = {
	name: 'Grid & Coin',
} as const;
