import { inflateSync } from 'node:zlib';

// The share-image renderer (resvg) reads TrueType/OpenType, the site ships WOFF: this unwraps a WOFF 1.0
// file back into the font it compresses, so images and pages use the very same font files.
// @see https://www.w3.org/TR/WOFF/

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER_SIZE = 44;
const DIRECTORY_ENTRY_SIZE = 20;

/** The TrueType/OpenType font inside a WOFF 1.0 file. */
export function woffToSfnt(woff: Uint8Array): Buffer {
	const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (input.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 file');
	const flavor = input.readUInt32BE(4);
	const numTables = input.readUInt16BE(12);

	const tables = Array.from({ length: numTables }, (_, i) => {
		const at = HEADER_SIZE + i * DIRECTORY_ENTRY_SIZE;
		const offset = input.readUInt32BE(at + 4);
		const compLength = input.readUInt32BE(at + 8);
		const origLength = input.readUInt32BE(at + 12);
		const stored = input.subarray(offset, offset + compLength);
		return {
			tag: input.readUInt32BE(at),
			checksum: input.readUInt32BE(at + 16),
			data: compLength < origLength ? inflateSync(stored) : stored,
		};
	});

	const maxPower = 2 ** Math.floor(Math.log2(numTables));
	const header = Buffer.alloc(12 + numTables * 16);
	header.writeUInt32BE(flavor, 0);
	header.writeUInt16BE(numTables, 4);
	header.writeUInt16BE(maxPower * 16, 6);
	header.writeUInt16BE(Math.log2(maxPower), 8);
	header.writeUInt16BE(numTables * 16 - maxPower * 16, 10);

	const parts: Buffer[] = [header];
	let offset = header.length;
	tables.forEach((table, i) => {
		const record = 12 + i * 16;
		header.writeUInt32BE(table.tag, record);
		header.writeUInt32BE(table.checksum, record + 4);
		header.writeUInt32BE(offset, record + 8);
		header.writeUInt32BE(table.data.length, record + 12);
		const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
		table.data.copy(padded);
		parts.push(padded);
		offset += padded.length;
	});
	return Buffer.concat(parts);
}
