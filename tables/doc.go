// Package tables turns a diplo record into the flat tables analysts load
// into a data frame or a database, and writes them as CSV.
package tables
