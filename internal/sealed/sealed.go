package sealed

// Node is the argument of the method that marks a type as a graph node.
// It carries nothing.
type Node struct{}
