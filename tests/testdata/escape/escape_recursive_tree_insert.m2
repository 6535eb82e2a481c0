escape_recursive_tree_insert.go:10:13: parameter n leaks to {heap} with derefs=0:
escape_recursive_tree_insert.go:10:13:   flow: ~r0 = n:
escape_recursive_tree_insert.go:10:13:     from return n (return) at escape_recursive_tree_insert.go:19:2
escape_recursive_tree_insert.go:10:13:   flow: {heap} = ~r0:
escape_recursive_tree_insert.go:10:13:     from n.left = insert(n.left, key) (assign) at escape_recursive_tree_insert.go:15:10
escape_recursive_tree_insert.go:12:10: &Node{...} escapes to heap:
escape_recursive_tree_insert.go:12:10:   flow: ~r0 = &{storage for &Node{...}}:
escape_recursive_tree_insert.go:12:10:     from &Node{...} (spill) at escape_recursive_tree_insert.go:12:10
escape_recursive_tree_insert.go:12:10:     from return &Node{...} (return) at escape_recursive_tree_insert.go:12:3
escape_recursive_tree_insert.go:12:10:   flow: {heap} = ~r0:
escape_recursive_tree_insert.go:12:10:     from n.left = insert(n.left, key) (assign) at escape_recursive_tree_insert.go:15:10
escape_recursive_tree_insert.go:10:13: parameter n leaks to ~r0 with derefs=0:
escape_recursive_tree_insert.go:10:13:   flow: ~r0 = n:
escape_recursive_tree_insert.go:10:13:     from return n (return) at escape_recursive_tree_insert.go:19:2
escape_recursive_tree_insert.go:10:13: leaking param: n
escape_recursive_tree_insert.go:12:10: &Node{...} escapes to heap
escape_recursive_tree_insert.go:22:20: parameter out leaks to ~r0 with derefs=0:
escape_recursive_tree_insert.go:22:20:   flow: ~r0 = out:
escape_recursive_tree_insert.go:22:20:     from return out (return) at escape_recursive_tree_insert.go:24:3
escape_recursive_tree_insert.go:22:11: n does not escape
escape_recursive_tree_insert.go:22:20: leaking param: out to result ~r0 level=0
escape_recursive_tree_insert.go:36:18: walk(root, nil) escapes to heap:
escape_recursive_tree_insert.go:36:18:   flow: {storage for ... argument} = &{storage for walk(root, nil)}:
escape_recursive_tree_insert.go:36:18:     from walk(root, nil) (spill) at escape_recursive_tree_insert.go:36:18
escape_recursive_tree_insert.go:36:18:     from ... argument (slice-literal-element) at escape_recursive_tree_insert.go:36:13
escape_recursive_tree_insert.go:36:18:   flow: {heap} = {storage for ... argument}:
escape_recursive_tree_insert.go:36:18:     from ... argument (spill) at escape_recursive_tree_insert.go:36:13
escape_recursive_tree_insert.go:36:18:     from fmt.Println(... argument...) (call parameter) at escape_recursive_tree_insert.go:36:13
escape_recursive_tree_insert.go:33:25: []int{...} does not escape
escape_recursive_tree_insert.go:36:13: ... argument does not escape
escape_recursive_tree_insert.go:36:18: walk(root, nil) escapes to heap
