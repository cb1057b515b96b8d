// Kazakh case endings for a figure as it is read aloud: "1 000 МВт-тан астам" (мегаватт), "7%-ға дейін" (пайыз),
// "16:00-ге дейін" (нөл), "4,8 млн доллардан". The ending follows the last word spoken: its last vowel (back or
// front) and its last sound (vowel, sonorant, nasal or voiceless).

/** Units as they are read: the word whose sound the ending follows. */
const SPOKEN_UNITS: Readonly<Record<string, string>> = {
	'%': 'пайыз',
	МВт: 'мегаватт',
	ГВт: 'гигаватт',
	'ТВт·сағ': 'сағат',
	'ГВт·сағ': 'сағат',
	'ПХ/с': 'секунд',
	$: 'доллар',
};
const ONES = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
const BACK = 'аоұыя';
const FRONT = 'әеөүіэю';
const VOWELS = `${BACK}${FRONT}иу`;
const NASALS = 'мнң';
const VOICED = 'лрйжз';

/** The last word of a number as read aloud: "1 500" -> "жүз", "13,8" -> "сегіз", "16:00" -> "нөл", "2 000" -> "мың". */
function spokenNumber(digits: string): string {
	const number = Number(digits);
	if (number === 0) return ONES[0] ?? '';
	const ones = number % 10;
	if (ones) return ONES[ones] ?? '';
	const tens = Math.floor(number / 10) % 10;
	if (tens) return TENS[tens] ?? '';
	if (Math.floor(number / 100) % 10) return 'жүз';
	if (number % 1e6) return 'мың';
	return number % 1e9 ? 'миллион' : 'миллиард';
}

/** The word whose sound the ending follows, and whether the ending is joined with a hyphen (after digits and signs). */
function lastSpoken(text: string): { word: string; hyphen: boolean } {
	const token =
		text
			.trim()
			.split(/[\s\u00a0\u202f]+/)
			.pop() ?? '';
	const unit = Object.keys(SPOKEN_UNITS).find((u) => token.endsWith(u));
	if (unit) return { word: SPOKEN_UNITS[unit] ?? unit, hyphen: true };
	// The number the text ends in, its thousands grouped by spaces; after a decimal comma or a colon, what follows is read last.
	const number = /(\d[\d\s\u00a0\u202f]*)(?:[,:.](\d+))?$/.exec(text.trim());
	if (number) return { word: spokenNumber(number[2] ?? (number[1] ?? '0').replace(/\D/g, '')), hyphen: true };
	return { word: token.toLowerCase(), hyphen: false };
}

function sounds(word: string): { front: boolean; last: 'vowel' | 'voiced' | 'nasal' | 'voiceless' } {
	const letters = [...word];
	const vowel = [...letters].reverse().find((l) => BACK.includes(l) || FRONT.includes(l));
	const end = letters.at(-1) ?? '';
	const last = VOWELS.includes(end) ? 'vowel' : NASALS.includes(end) ? 'nasal' : VOICED.includes(end) ? 'voiced' : 'voiceless';
	return { front: vowel !== undefined && FRONT.includes(vowel), last };
}

function withEnding(text: string, endings: Record<'vowel' | 'voiced' | 'nasal' | 'voiceless', readonly [string, string]>): string {
	const { word, hyphen } = lastSpoken(text);
	const { front, last } = sounds(word);
	const ending = endings[last][front ? 1 : 0];
	return `${text}${hyphen ? '-' : ''}${ending}`;
}

/** The ablative, "from": "1 000 МВт" -> "1 000 МВт-тан" (before "астам", "кем"). */
export function ablative(text: string): string {
	return withEnding(text, { vowel: ['дан', 'ден'], voiced: ['дан', 'ден'], nasal: ['нан', 'нен'], voiceless: ['тан', 'тен'] });
}

/** The dative, "to": "1 ГВт" -> "1 ГВт-қа" (before "дейін"). */
export function dative(text: string): string {
	return withEnding(text, { vowel: ['ға', 'ге'], voiced: ['ға', 'ге'], nasal: ['ға', 'ге'], voiceless: ['қа', 'ке'] });
}
