escape_range_pointers_into_map.go:10:12: parameter users leaks to {heap} with derefs=1:
escape_range_pointers_into_map.go:10:12:   flow: {temp} = users:
escape_range_pointers_into_map.go:10:12:   flow: u = *{temp}:
escape_range_pointers_into_map.go:10:12:     from for loop (range-deref) at escape_range_pointers_into_map.go:12:14
escape_range_pointers_into_map.go:10:12:   flow: {heap} = u:
escape_range_pointers_into_map.go:10:12:     from m[u.name] = u (assign) at escape_range_pointers_into_map.go:13:13
escape_range_pointers_into_map.go:11:11: make(map[string]*User) escapes to heap:
escape_range_pointers_into_map.go:11:11:   flow: m = &{storage for make(map[string]*User)}:
escape_range_pointers_into_map.go:11:11:     from make(map[string]*User) (spill) at escape_range_pointers_into_map.go:11:11
escape_range_pointers_into_map.go:11:11:     from m := make(map[string]*User) (assign) at escape_range_pointers_into_map.go:11:4
escape_range_pointers_into_map.go:11:11:   flow: ~r0 = m:
escape_range_pointers_into_map.go:11:11:     from return m (return) at escape_range_pointers_into_map.go:15:2
escape_range_pointers_into_map.go:10:12: leaking param content: users
escape_range_pointers_into_map.go:11:11: make(map[string]*User) escapes to heap
escape_range_pointers_into_map.go:21:31: len(m) escapes to heap:
escape_range_pointers_into_map.go:21:31:   flow: {storage for ... argument} = &{storage for len(m)}:
escape_range_pointers_into_map.go:21:31:     from len(m) (spill) at escape_range_pointers_into_map.go:21:31
escape_range_pointers_into_map.go:21:31:     from ... argument (slice-literal-element) at escape_range_pointers_into_map.go:21:13
escape_range_pointers_into_map.go:21:31:   flow: {heap} = {storage for ... argument}:
escape_range_pointers_into_map.go:21:31:     from ... argument (spill) at escape_range_pointers_into_map.go:21:13
escape_range_pointers_into_map.go:21:31:     from fmt.Println(... argument...) (call parameter) at escape_range_pointers_into_map.go:21:13
escape_range_pointers_into_map.go:21:22: m["bob"].age escapes to heap:
escape_range_pointers_into_map.go:21:22:   flow: {storage for ... argument} = &{storage for m["bob"].age}:
escape_range_pointers_into_map.go:21:22:     from m["bob"].age (spill) at escape_range_pointers_into_map.go:21:22
escape_range_pointers_into_map.go:21:22:     from ... argument (slice-literal-element) at escape_range_pointers_into_map.go:21:13
escape_range_pointers_into_map.go:21:22:   flow: {heap} = {storage for ... argument}:
escape_range_pointers_into_map.go:21:22:     from ... argument (spill) at escape_range_pointers_into_map.go:21:13
escape_range_pointers_into_map.go:21:22:     from fmt.Println(... argument...) (call parameter) at escape_range_pointers_into_map.go:21:13
escape_range_pointers_into_map.go:19:32: &User{...} escapes to heap:
escape_range_pointers_into_map.go:19:32:   flow: {storage for []*User{...}} = &{storage for &User{...}}:
escape_range_pointers_into_map.go:19:32:     from &User{...} (spill) at escape_range_pointers_into_map.go:19:32
escape_range_pointers_into_map.go:19:32:     from []*User{...} (slice-literal-element) at escape_range_pointers_into_map.go:19:18
escape_range_pointers_into_map.go:19:32:   flow: users = &{storage for []*User{...}}:
escape_range_pointers_into_map.go:19:32:     from []*User{...} (spill) at escape_range_pointers_into_map.go:19:18
escape_range_pointers_into_map.go:19:32:     from users := []*User{...} (assign) at escape_range_pointers_into_map.go:19:8
escape_range_pointers_into_map.go:19:32:   flow: {heap} = *users:
escape_range_pointers_into_map.go:19:32:     from index(users) (call parameter) at escape_range_pointers_into_map.go:20:12
escape_range_pointers_into_map.go:19:19: &User{...} escapes to heap:
escape_range_pointers_into_map.go:19:19:   flow: {storage for []*User{...}} = &{storage for &User{...}}:
escape_range_pointers_into_map.go:19:19:     from &User{...} (spill) at escape_range_pointers_into_map.go:19:19
escape_range_pointers_into_map.go:19:19:     from []*User{...} (slice-literal-element) at escape_range_pointers_into_map.go:19:18
escape_range_pointers_into_map.go:19:19:   flow: users = &{storage for []*User{...}}:
escape_range_pointers_into_map.go:19:19:     from []*User{...} (spill) at escape_range_pointers_into_map.go:19:18
escape_range_pointers_into_map.go:19:19:     from users := []*User{...} (assign) at escape_range_pointers_into_map.go:19:8
escape_range_pointers_into_map.go:19:19:   flow: {heap} = *users:
escape_range_pointers_into_map.go:19:19:     from index(users) (call parameter) at escape_range_pointers_into_map.go:20:12
escape_range_pointers_into_map.go:19:18: []*User{...} does not escape
escape_range_pointers_into_map.go:19:19: &User{...} escapes to heap
escape_range_pointers_into_map.go:19:32: &User{...} escapes to heap
escape_range_pointers_into_map.go:21:13: ... argument does not escape
escape_range_pointers_into_map.go:21:22: m["bob"].age escapes to heap
escape_range_pointers_into_map.go:21:31: len(m) escapes to heap
