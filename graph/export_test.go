package graph

// PlainType is plainType, for the tests.
var PlainType = plainType
