escape_recursive_list_build.go:10:16: vals does not escape
escape_recursive_list_build.go:13:10: &List{...} escapes to heap
escape_recursive_list_build.go:18:13: l does not escape
escape_recursive_list_build.go:27:22: []int{...} does not escape
escape_recursive_list_build.go:28:13: ... argument does not escape
escape_recursive_list_build.go:28:15: l.val escapes to heap
escape_recursive_list_build.go:28:27: l.next.val escapes to heap
escape_recursive_list_build.go:28:39: length(l) escapes to heap
