escape_range_pointers_into_map.go:10:12: leaking param content: users
escape_range_pointers_into_map.go:11:11: make(map[string]*User) escapes to heap
escape_range_pointers_into_map.go:19:18: []*User{...} does not escape
escape_range_pointers_into_map.go:19:19: &User{...} escapes to heap
escape_range_pointers_into_map.go:19:32: &User{...} escapes to heap
escape_range_pointers_into_map.go:21:13: ... argument does not escape
escape_range_pointers_into_map.go:21:22: m["bob"].age escapes to heap
escape_range_pointers_into_map.go:21:31: len(m) escapes to heap
