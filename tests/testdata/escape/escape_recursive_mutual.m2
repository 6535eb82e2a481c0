escape_recursive_mutual.go:5:20: seen does not escape
escape_recursive_mutual.go:13:19: seen does not escape
escape_recursive_mutual.go:30:18: parameter p leaks to {heap} with derefs=0:
escape_recursive_mutual.go:30:18:   flow: {heap} = p:
escape_recursive_mutual.go:30:18:     from calls = p (assign) at escape_recursive_mutual.go:31:8
escape_recursive_mutual.go:23:18: parameter p leaks to {heap} with derefs=0:
escape_recursive_mutual.go:23:18:   flow: p = p:
escape_recursive_mutual.go:23:18:     from pong(n - 1, p) (call parameter) at escape_recursive_mutual.go:27:13
escape_recursive_mutual.go:23:18:   flow: {heap} = p:
escape_recursive_mutual.go:23:18:     from calls = p (assign) at escape_recursive_mutual.go:31:8
escape_recursive_mutual.go:23:18: parameter p leaks to ~r0 with derefs=0:
escape_recursive_mutual.go:23:18:   flow: ~r0 = p:
escape_recursive_mutual.go:23:18:     from return p (return) at escape_recursive_mutual.go:25:3
escape_recursive_mutual.go:23:18:   flow: ~r0 = ~r0:
escape_recursive_mutual.go:23:18:     from return ping(n, p) (return) at escape_recursive_mutual.go:32:2
escape_recursive_mutual.go:30:18: parameter p leaks to ~r0 with derefs=0:
escape_recursive_mutual.go:30:18:   flow: p = p:
escape_recursive_mutual.go:30:18:     from ping(n, p) (call parameter) at escape_recursive_mutual.go:32:13
escape_recursive_mutual.go:30:18:   flow: ~r0 = p:
escape_recursive_mutual.go:30:18:     from return p (return) at escape_recursive_mutual.go:25:3
escape_recursive_mutual.go:30:18:   flow: ~r0 = ~r0:
escape_recursive_mutual.go:30:18:     from return ping(n, p) (return) at escape_recursive_mutual.go:32:2
escape_recursive_mutual.go:23:18: parameter p leaks to ~r0 with derefs=0:
escape_recursive_mutual.go:23:18:   flow: ~r0 = p:
escape_recursive_mutual.go:23:18:     from return p (return) at escape_recursive_mutual.go:25:3
escape_recursive_mutual.go:30:18: parameter p leaks to ~r0 with derefs=0:
escape_recursive_mutual.go:30:18:   flow: p = p:
escape_recursive_mutual.go:30:18:     from ping(n, p) (call parameter) at escape_recursive_mutual.go:32:13
escape_recursive_mutual.go:30:18:   flow: ~r0 = p:
escape_recursive_mutual.go:30:18:     from return p (return) at escape_recursive_mutual.go:25:3
escape_recursive_mutual.go:23:18: leaking param: p
escape_recursive_mutual.go:30:18: leaking param: p
escape_recursive_mutual.go:37:2: v escapes to heap:
escape_recursive_mutual.go:37:2:   flow: {heap} = &v:
escape_recursive_mutual.go:37:2:     from &v (address-of) at escape_recursive_mutual.go:38:41
escape_recursive_mutual.go:37:2:     from ping(2, &v) (call parameter) at escape_recursive_mutual.go:38:37
escape_recursive_mutual.go:38:32: *ping(2, &v) escapes to heap:
escape_recursive_mutual.go:38:32:   flow: {storage for ... argument} = &{storage for *ping(2, &v)}:
escape_recursive_mutual.go:38:32:     from *ping(2, &v) (spill) at escape_recursive_mutual.go:38:32
escape_recursive_mutual.go:38:32:     from ... argument (slice-literal-element) at escape_recursive_mutual.go:38:13
escape_recursive_mutual.go:38:32:   flow: {heap} = {storage for ... argument}:
escape_recursive_mutual.go:38:32:     from ... argument (spill) at escape_recursive_mutual.go:38:13
escape_recursive_mutual.go:38:32:     from fmt.Println(... argument...) (call parameter) at escape_recursive_mutual.go:38:13
escape_recursive_mutual.go:38:20: c escapes to heap:
escape_recursive_mutual.go:38:20:   flow: {storage for ... argument} = &{storage for c}:
escape_recursive_mutual.go:38:20:     from c (spill) at escape_recursive_mutual.go:38:20
escape_recursive_mutual.go:38:20:     from ... argument (slice-literal-element) at escape_recursive_mutual.go:38:13
escape_recursive_mutual.go:38:20:   flow: {heap} = {storage for ... argument}:
escape_recursive_mutual.go:38:20:     from ... argument (spill) at escape_recursive_mutual.go:38:13
escape_recursive_mutual.go:38:20:     from fmt.Println(... argument...) (call parameter) at escape_recursive_mutual.go:38:13
escape_recursive_mutual.go:38:20: isEven(4, &c) escapes to heap:
escape_recursive_mutual.go:38:20:   flow: {storage for ... argument} = &{storage for isEven(4, &c)}:
escape_recursive_mutual.go:38:20:     from isEven(4, &c) (spill) at escape_recursive_mutual.go:38:20
escape_recursive_mutual.go:38:20:     from ... argument (slice-literal-element) at escape_recursive_mutual.go:38:13
escape_recursive_mutual.go:38:20:   flow: {heap} = {storage for ... argument}:
escape_recursive_mutual.go:38:20:     from ... argument (spill) at escape_recursive_mutual.go:38:13
escape_recursive_mutual.go:38:20:     from fmt.Println(... argument...) (call parameter) at escape_recursive_mutual.go:38:13
escape_recursive_mutual.go:37:2: moved to heap: v
escape_recursive_mutual.go:38:13: ... argument does not escape
escape_recursive_mutual.go:38:20: isEven(4, &c) escapes to heap
escape_recursive_mutual.go:38:20: c escapes to heap
escape_recursive_mutual.go:38:32: *ping(2, &v) escapes to heap
