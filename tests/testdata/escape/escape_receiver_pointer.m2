escape_receiver_pointer.go:9:7: c does not escape
escape_receiver_pointer.go:11:7: parameter c leaks to {heap} with derefs=0:
escape_receiver_pointer.go:11:7:   flow: {heap} = c:
escape_receiver_pointer.go:11:7:     from last = c (assign) at escape_receiver_pointer.go:11:37
escape_receiver_pointer.go:11:7: leaking param: c
escape_receiver_pointer.go:13:7: parameter c leaks to ~r0 with derefs=0:
escape_receiver_pointer.go:13:7:   flow: ~r0 = c:
escape_receiver_pointer.go:13:7:     from return c (return) at escape_receiver_pointer.go:13:37
escape_receiver_pointer.go:13:7: leaking param: c to result ~r0 level=0
escape_receiver_pointer.go:20:35: (*Counter).Self(a).n escapes to heap:
escape_receiver_pointer.go:20:35:   flow: {storage for ... argument} = &{storage for (*Counter).Self(a).n}:
escape_receiver_pointer.go:20:35:     from (*Counter).Self(a).n (spill) at escape_receiver_pointer.go:20:35
escape_receiver_pointer.go:20:35:     from ... argument (slice-literal-element) at escape_receiver_pointer.go:20:13
escape_receiver_pointer.go:20:35:   flow: {heap} = {storage for ... argument}:
escape_receiver_pointer.go:20:35:     from ... argument (spill) at escape_receiver_pointer.go:20:13
escape_receiver_pointer.go:20:35:     from fmt.Println(... argument...) (call parameter) at escape_receiver_pointer.go:20:13
escape_receiver_pointer.go:20:23: last.n escapes to heap:
escape_receiver_pointer.go:20:23:   flow: {storage for ... argument} = &{storage for last.n}:
escape_receiver_pointer.go:20:23:     from last.n (spill) at escape_receiver_pointer.go:20:23
escape_receiver_pointer.go:20:23:     from ... argument (slice-literal-element) at escape_receiver_pointer.go:20:13
escape_receiver_pointer.go:20:23:   flow: {heap} = {storage for ... argument}:
escape_receiver_pointer.go:20:23:     from ... argument (spill) at escape_receiver_pointer.go:20:13
escape_receiver_pointer.go:20:23:     from fmt.Println(... argument...) (call parameter) at escape_receiver_pointer.go:20:13
escape_receiver_pointer.go:20:15: a.n escapes to heap:
escape_receiver_pointer.go:20:15:   flow: {storage for ... argument} = &{storage for a.n}:
escape_receiver_pointer.go:20:15:     from a.n (spill) at escape_receiver_pointer.go:20:15
escape_receiver_pointer.go:20:15:     from ... argument (slice-literal-element) at escape_receiver_pointer.go:20:13
escape_receiver_pointer.go:20:15:   flow: {heap} = {storage for ... argument}:
escape_receiver_pointer.go:20:15:     from ... argument (spill) at escape_receiver_pointer.go:20:13
escape_receiver_pointer.go:20:15:     from fmt.Println(... argument...) (call parameter) at escape_receiver_pointer.go:20:13
escape_receiver_pointer.go:18:7: &Counter{} escapes to heap:
escape_receiver_pointer.go:18:7:   flow: b = &{storage for &Counter{}}:
escape_receiver_pointer.go:18:7:     from &Counter{} (spill) at escape_receiver_pointer.go:18:7
escape_receiver_pointer.go:18:7:     from b := &Counter{} (assign) at escape_receiver_pointer.go:18:4
escape_receiver_pointer.go:18:7:   flow: {heap} = b:
escape_receiver_pointer.go:18:7:     from (*Counter).Remember(b) (call parameter) at escape_receiver_pointer.go:19:12
escape_receiver_pointer.go:18:7: &Counter{} escapes to heap
escape_receiver_pointer.go:20:13: ... argument does not escape
escape_receiver_pointer.go:20:15: a.n escapes to heap
escape_receiver_pointer.go:20:23: last.n escapes to heap
escape_receiver_pointer.go:20:35: (*Counter).Self(a).n escapes to heap
