// Package sealed closes the set of graph nodes.
//
// graph.Node requires a method that takes a Node, a type only packages
// of this module can name: the node types of the model have the
// method, and no type outside the module can declare it. This is the
// idiom of google.golang.org/protobuf's internal pragma.DoNotImplement.
// An unexported method would not do: the node types live in four
// packages (actor, event, accord, decision and the root), and only the package that
// declares an interface can implement its unexported methods.
package sealed
