escape_iface_fmt_args.go:8:32: T{...} escapes to heap:
escape_iface_fmt_args.go:8:32:   flow: {storage for ... argument} = &{storage for T{...}}:
escape_iface_fmt_args.go:8:32:     from T{...} (spill) at escape_iface_fmt_args.go:8:32
escape_iface_fmt_args.go:8:32:     from ... argument (slice-literal-element) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:32:   flow: {heap} = {storage for ... argument}:
escape_iface_fmt_args.go:8:32:     from ... argument (spill) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:32:     from fmt.Println(... argument...) (call parameter) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:24: s escapes to heap:
escape_iface_fmt_args.go:8:24:   flow: {storage for ... argument} = &{storage for s}:
escape_iface_fmt_args.go:8:24:     from s (spill) at escape_iface_fmt_args.go:8:24
escape_iface_fmt_args.go:8:24:     from ... argument (slice-literal-element) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:24:   flow: {heap} = {storage for ... argument}:
escape_iface_fmt_args.go:8:24:     from ... argument (spill) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:24:     from fmt.Println(... argument...) (call parameter) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:24: a + b escapes to heap:
escape_iface_fmt_args.go:8:24:   flow: {storage for ... argument} = &{storage for a + b}:
escape_iface_fmt_args.go:8:24:     from a + b (spill) at escape_iface_fmt_args.go:8:24
escape_iface_fmt_args.go:8:24:     from ... argument (slice-literal-element) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:24:   flow: {heap} = {storage for ... argument}:
escape_iface_fmt_args.go:8:24:     from ... argument (spill) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:24:     from fmt.Println(... argument...) (call parameter) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:17: b escapes to heap:
escape_iface_fmt_args.go:8:17:   flow: {storage for ... argument} = &{storage for b}:
escape_iface_fmt_args.go:8:17:     from b (spill) at escape_iface_fmt_args.go:8:17
escape_iface_fmt_args.go:8:17:     from ... argument (slice-literal-element) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:17:   flow: {heap} = {storage for ... argument}:
escape_iface_fmt_args.go:8:17:     from ... argument (spill) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:17:     from fmt.Println(... argument...) (call parameter) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:17: 1 escapes to heap:
escape_iface_fmt_args.go:8:17:   flow: {storage for ... argument} = &{storage for 1}:
escape_iface_fmt_args.go:8:17:     from 1 (spill) at escape_iface_fmt_args.go:8:17
escape_iface_fmt_args.go:8:17:     from ... argument (slice-literal-element) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:17:   flow: {heap} = {storage for ... argument}:
escape_iface_fmt_args.go:8:17:     from ... argument (spill) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:17:     from fmt.Println(... argument...) (call parameter) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:13: a escapes to heap:
escape_iface_fmt_args.go:8:13:   flow: {storage for ... argument} = &{storage for a}:
escape_iface_fmt_args.go:8:13:     from a (spill) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:13:     from ... argument (slice-literal-element) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:13:   flow: {heap} = {storage for ... argument}:
escape_iface_fmt_args.go:8:13:     from ... argument (spill) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:8:13:     from fmt.Println(... argument...) (call parameter) at escape_iface_fmt_args.go:8:13
escape_iface_fmt_args.go:7:21: parameter s leaks to {storage for s} with derefs=0:
escape_iface_fmt_args.go:7:21:   flow: {storage for s} = s:
escape_iface_fmt_args.go:7:21:     from s (interface-converted) at escape_iface_fmt_args.go:8:24
escape_iface_fmt_args.go:7:21: leaking param: s
escape_iface_fmt_args.go:8:13: ... argument does not escape
escape_iface_fmt_args.go:8:13: a escapes to heap
escape_iface_fmt_args.go:8:17: 1 escapes to heap
escape_iface_fmt_args.go:8:17: b escapes to heap
escape_iface_fmt_args.go:8:24: a + b escapes to heap
escape_iface_fmt_args.go:8:24: s escapes to heap
escape_iface_fmt_args.go:8:32: T{...} escapes to heap
