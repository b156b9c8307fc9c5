// Package parquet writes the tables of package tables as Apache Parquet
// files: [Write] writes one table as one file, with the columns of its
// CSV form, in the same order and under the same names, and typed values
// (STRING, INT64, DOUBLE, BOOLEAN, DATE).
//
// It is a package of its own so that a program that writes only CSV does
// not link a Parquet library. Files are written with
// github.com/parquet-go/parquet-go, Snappy-compressed;
// DuckDB reads them (.ci/consumers/check-tables).
//
//	for _, t := range tables.FromGraph(g) {
//		f, err := os.Create(filepath.Join(dir, t.Name()+".parquet"))
//		...
//		err = parquet.Write(f, t)
//	}
//
// # References
//
//   - Apache Parquet file format and logical types:
//     https://parquet.apache.org/docs/file-format/
package parquet
