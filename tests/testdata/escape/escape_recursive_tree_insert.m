escape_recursive_tree_insert.go:10:13: leaking param: n
escape_recursive_tree_insert.go:12:10: &Node{...} escapes to heap
escape_recursive_tree_insert.go:22:11: n does not escape
escape_recursive_tree_insert.go:22:20: leaking param: out to result ~r0 level=0
escape_recursive_tree_insert.go:33:25: []int{...} does not escape
escape_recursive_tree_insert.go:36:13: ... argument does not escape
escape_recursive_tree_insert.go:36:18: walk(root, nil) escapes to heap
