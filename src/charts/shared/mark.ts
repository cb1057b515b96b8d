import type { Attrs } from './svg.ts';

/** The attributes every data mark carries: its raw value, and the label its tooltip and announcement read. */
export function markAttrs(value: number, label: string, extra: Attrs = {}): Attrs {
	return { ...extra, class: `kz-mark ${String(extra['class'] ?? '')}`.trim(), 'data-value': String(value), 'data-label': label };
}
