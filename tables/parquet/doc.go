// Package parquet writes the tables of package tables as Apache Parquet
// files, with the same columns as their CSV form and typed values.
package parquet
