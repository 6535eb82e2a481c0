escape_iface_type_switch_pointer.go:15:29: *p escapes to heap:
escape_iface_type_switch_pointer.go:15:29:   flow: {storage for ... argument} = &{storage for *p}:
escape_iface_type_switch_pointer.go:15:29:     from *p (spill) at escape_iface_type_switch_pointer.go:15:29
escape_iface_type_switch_pointer.go:15:29:     from ... argument (slice-literal-element) at escape_iface_type_switch_pointer.go:15:20
escape_iface_type_switch_pointer.go:15:29:   flow: {heap} = {storage for ... argument}:
escape_iface_type_switch_pointer.go:15:29:     from ... argument (spill) at escape_iface_type_switch_pointer.go:15:20
escape_iface_type_switch_pointer.go:15:29:     from fmt.Sprint(... argument...) (call parameter) at escape_iface_type_switch_pointer.go:15:20
escape_iface_type_switch_pointer.go:15:21: "int " escapes to heap:
escape_iface_type_switch_pointer.go:15:21:   flow: {storage for ... argument} = &{storage for "int "}:
escape_iface_type_switch_pointer.go:15:21:     from "int " (spill) at escape_iface_type_switch_pointer.go:15:21
escape_iface_type_switch_pointer.go:15:21:     from ... argument (slice-literal-element) at escape_iface_type_switch_pointer.go:15:20
escape_iface_type_switch_pointer.go:15:21:   flow: {heap} = {storage for ... argument}:
escape_iface_type_switch_pointer.go:15:21:     from ... argument (spill) at escape_iface_type_switch_pointer.go:15:20
escape_iface_type_switch_pointer.go:15:21:     from fmt.Sprint(... argument...) (call parameter) at escape_iface_type_switch_pointer.go:15:20
escape_iface_type_switch_pointer.go:9:15: parameter v leaks to {heap} with derefs=0:
escape_iface_type_switch_pointer.go:9:15:   flow: {temp} = v:
escape_iface_type_switch_pointer.go:9:15:   flow: p = {temp}:
escape_iface_type_switch_pointer.go:9:15:     from case *Point: last = p; return "point" (switch case) at escape_iface_type_switch_pointer.go:11:2
escape_iface_type_switch_pointer.go:9:15:   flow: {heap} = p:
escape_iface_type_switch_pointer.go:9:15:     from last = p (assign) at escape_iface_type_switch_pointer.go:12:8
escape_iface_type_switch_pointer.go:9:15: parameter v leaks to ~r0 with derefs=1:
escape_iface_type_switch_pointer.go:9:15:   flow: {temp} = v:
escape_iface_type_switch_pointer.go:9:15:   flow: p = *{temp}:
escape_iface_type_switch_pointer.go:9:15:     from case string: return p (switch case) at escape_iface_type_switch_pointer.go:16:2
escape_iface_type_switch_pointer.go:9:15:   flow: ~r0 = p:
escape_iface_type_switch_pointer.go:9:15:     from return p (return) at escape_iface_type_switch_pointer.go:17:3
escape_iface_type_switch_pointer.go:9:15: leaking param: v
escape_iface_type_switch_pointer.go:15:20: ... argument does not escape
escape_iface_type_switch_pointer.go:15:21: "int " escapes to heap
escape_iface_type_switch_pointer.go:15:29: *p escapes to heap
escape_iface_type_switch_pointer.go:24:23: &Point{...} escapes to heap:
escape_iface_type_switch_pointer.go:24:23:   flow: {heap} = &{storage for &Point{...}}:
escape_iface_type_switch_pointer.go:24:23:     from &Point{...} (spill) at escape_iface_type_switch_pointer.go:24:23
escape_iface_type_switch_pointer.go:24:23:     from &Point{...} (interface-converted) at escape_iface_type_switch_pointer.go:24:23
escape_iface_type_switch_pointer.go:24:23:     from classify(&Point{...}) (call parameter) at escape_iface_type_switch_pointer.go:24:22
escape_iface_type_switch_pointer.go:23:2: n escapes to heap:
escape_iface_type_switch_pointer.go:23:2:   flow: {heap} = &n:
escape_iface_type_switch_pointer.go:23:2:     from &n (address-of) at escape_iface_type_switch_pointer.go:24:47
escape_iface_type_switch_pointer.go:23:2:     from &n (interface-converted) at escape_iface_type_switch_pointer.go:24:47
escape_iface_type_switch_pointer.go:23:2:     from classify(&n) (call parameter) at escape_iface_type_switch_pointer.go:24:46
escape_iface_type_switch_pointer.go:24:61: "s" escapes to heap:
escape_iface_type_switch_pointer.go:24:61:   flow: {heap} = &{storage for "s"}:
escape_iface_type_switch_pointer.go:24:61:     from "s" (spill) at escape_iface_type_switch_pointer.go:24:61
escape_iface_type_switch_pointer.go:24:61:     from classify("s") (call parameter) at escape_iface_type_switch_pointer.go:24:60
escape_iface_type_switch_pointer.go:24:71: last.x escapes to heap:
escape_iface_type_switch_pointer.go:24:71:   flow: {storage for ... argument} = &{storage for last.x}:
escape_iface_type_switch_pointer.go:24:71:     from last.x (spill) at escape_iface_type_switch_pointer.go:24:71
escape_iface_type_switch_pointer.go:24:71:     from ... argument (slice-literal-element) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:71:   flow: {heap} = {storage for ... argument}:
escape_iface_type_switch_pointer.go:24:71:     from ... argument (spill) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:71:     from fmt.Println(... argument...) (call parameter) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:60: classify("s") escapes to heap:
escape_iface_type_switch_pointer.go:24:60:   flow: {storage for ... argument} = &{storage for classify("s")}:
escape_iface_type_switch_pointer.go:24:60:     from classify("s") (spill) at escape_iface_type_switch_pointer.go:24:60
escape_iface_type_switch_pointer.go:24:60:     from ... argument (slice-literal-element) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:60:   flow: {heap} = {storage for ... argument}:
escape_iface_type_switch_pointer.go:24:60:     from ... argument (spill) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:60:     from fmt.Println(... argument...) (call parameter) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:46: classify(&n) escapes to heap:
escape_iface_type_switch_pointer.go:24:46:   flow: {storage for ... argument} = &{storage for classify(&n)}:
escape_iface_type_switch_pointer.go:24:46:     from classify(&n) (spill) at escape_iface_type_switch_pointer.go:24:46
escape_iface_type_switch_pointer.go:24:46:     from ... argument (slice-literal-element) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:46:   flow: {heap} = {storage for ... argument}:
escape_iface_type_switch_pointer.go:24:46:     from ... argument (spill) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:46:     from fmt.Println(... argument...) (call parameter) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:22: classify(&Point{...}) escapes to heap:
escape_iface_type_switch_pointer.go:24:22:   flow: {storage for ... argument} = &{storage for classify(&Point{...})}:
escape_iface_type_switch_pointer.go:24:22:     from classify(&Point{...}) (spill) at escape_iface_type_switch_pointer.go:24:22
escape_iface_type_switch_pointer.go:24:22:     from ... argument (slice-literal-element) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:22:   flow: {heap} = {storage for ... argument}:
escape_iface_type_switch_pointer.go:24:22:     from ... argument (spill) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:24:22:     from fmt.Println(... argument...) (call parameter) at escape_iface_type_switch_pointer.go:24:13
escape_iface_type_switch_pointer.go:23:2: moved to heap: n
escape_iface_type_switch_pointer.go:24:13: ... argument does not escape
escape_iface_type_switch_pointer.go:24:22: classify(&Point{...}) escapes to heap
escape_iface_type_switch_pointer.go:24:23: &Point{...} escapes to heap
escape_iface_type_switch_pointer.go:24:46: classify(&n) escapes to heap
escape_iface_type_switch_pointer.go:24:60: classify("s") escapes to heap
escape_iface_type_switch_pointer.go:24:61: "s" escapes to heap
escape_iface_type_switch_pointer.go:24:71: last.x escapes to heap
