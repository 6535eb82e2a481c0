escape_recursive_list_build.go:13:10: &List{...} escapes to heap:
escape_recursive_list_build.go:13:10:   flow: head = &{storage for &List{...}}:
escape_recursive_list_build.go:13:10:     from &List{...} (spill) at escape_recursive_list_build.go:13:10
escape_recursive_list_build.go:13:10:     from head = &List{...} (assign) at escape_recursive_list_build.go:13:8
escape_recursive_list_build.go:10:16: vals does not escape
escape_recursive_list_build.go:13:10: &List{...} escapes to heap
escape_recursive_list_build.go:18:13: l does not escape
escape_recursive_list_build.go:28:39: length(l) escapes to heap:
escape_recursive_list_build.go:28:39:   flow: {storage for ... argument} = &{storage for length(l)}:
escape_recursive_list_build.go:28:39:     from length(l) (spill) at escape_recursive_list_build.go:28:39
escape_recursive_list_build.go:28:39:     from ... argument (slice-literal-element) at escape_recursive_list_build.go:28:13
escape_recursive_list_build.go:28:39:   flow: {heap} = {storage for ... argument}:
escape_recursive_list_build.go:28:39:     from ... argument (spill) at escape_recursive_list_build.go:28:13
escape_recursive_list_build.go:28:39:     from fmt.Println(... argument...) (call parameter) at escape_recursive_list_build.go:28:13
escape_recursive_list_build.go:28:27: l.next.val escapes to heap:
escape_recursive_list_build.go:28:27:   flow: {storage for ... argument} = &{storage for l.next.val}:
escape_recursive_list_build.go:28:27:     from l.next.val (spill) at escape_recursive_list_build.go:28:27
escape_recursive_list_build.go:28:27:     from ... argument (slice-literal-element) at escape_recursive_list_build.go:28:13
escape_recursive_list_build.go:28:27:   flow: {heap} = {storage for ... argument}:
escape_recursive_list_build.go:28:27:     from ... argument (spill) at escape_recursive_list_build.go:28:13
escape_recursive_list_build.go:28:27:     from fmt.Println(... argument...) (call parameter) at escape_recursive_list_build.go:28:13
escape_recursive_list_build.go:28:15: l.val escapes to heap:
escape_recursive_list_build.go:28:15:   flow: {storage for ... argument} = &{storage for l.val}:
escape_recursive_list_build.go:28:15:     from l.val (spill) at escape_recursive_list_build.go:28:15
escape_recursive_list_build.go:28:15:     from ... argument (slice-literal-element) at escape_recursive_list_build.go:28:13
escape_recursive_list_build.go:28:15:   flow: {heap} = {storage for ... argument}:
escape_recursive_list_build.go:28:15:     from ... argument (spill) at escape_recursive_list_build.go:28:13
escape_recursive_list_build.go:28:15:     from fmt.Println(... argument...) (call parameter) at escape_recursive_list_build.go:28:13
escape_recursive_list_build.go:27:22: []int{...} does not escape
escape_recursive_list_build.go:28:13: ... argument does not escape
escape_recursive_list_build.go:28:15: l.val escapes to heap
escape_recursive_list_build.go:28:27: l.next.val escapes to heap
escape_recursive_list_build.go:28:39: length(l) escapes to heap
