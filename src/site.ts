/** The site's identity: its name and the credit line on embeds and share images. */
export const SITE = {
	name: 'Grid & Coin',
	tagline: 'Kazakhstan’s January 2022 power crisis and its crypto miners, weighed with data',
	lang: 'en',
} as const;
