// Package unpack opens the compressed forms in which event datasets are
// published, telling them by their first bytes and never by a file name:
// gzip (1f 8b) and zip (50 4b 03 04, "PK\x03\x04"), as GDELT publishes its
// .export.CSV.zip and daily .zip files and the ICEWS Dataverse its yearly
// files. Anything else is read as it is.
//
// Both are read as a stream from any io.Reader, without io.ReaderAt and
// without holding the input: gzip through compress/gzip (a multi-member
// file is one stream), zip by walking its local file headers from the
// start, which is how archive/zip's own writer and Info-ZIP lay them out.
// A zip must hold exactly one file (directory entries are passed over),
// stored or deflated; its data may be followed by a data descriptor, as
// archive/zip writes it, when it is deflated (a deflate stream ends by
// itself; a stored file's end cannot be found without its size, so a
// stored file whose size is only in the descriptor is refused). The zip's
// central directory is not read: what follows the file is checked to be a
// central directory or end record, not another file.
//
// The content is checked as it is read: a gzip member's CRC-32 and size
// (by compress/gzip), a zip file's CRC-32 and sizes against its header or
// descriptor, at the end of the file. Corrupt, truncated or unsupported
// input gives an *Error; an error of the underlying reader is passed on as
// it is. Nothing here bounds the size of the content: the readers that use
// it bound each line of it as it streams.
package unpack
