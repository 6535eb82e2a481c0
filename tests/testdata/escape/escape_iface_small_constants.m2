escape_iface_small_constants.go:8:2: 7 escapes to heap:
escape_iface_small_constants.go:8:2:   flow: {heap} = &{storage for 7}:
escape_iface_small_constants.go:8:2:     from 7 (spill) at escape_iface_small_constants.go:8:2
escape_iface_small_constants.go:8:2:     from sink = 7 (assign) at escape_iface_small_constants.go:8:7
escape_iface_small_constants.go:9:2: "lit" escapes to heap:
escape_iface_small_constants.go:9:2:   flow: {heap} = &{storage for "lit"}:
escape_iface_small_constants.go:9:2:     from "lit" (spill) at escape_iface_small_constants.go:9:2
escape_iface_small_constants.go:9:2:     from sink = "lit" (assign) at escape_iface_small_constants.go:9:7
escape_iface_small_constants.go:10:2: true escapes to heap:
escape_iface_small_constants.go:10:2:   flow: {heap} = &{storage for true}:
escape_iface_small_constants.go:10:2:     from true (spill) at escape_iface_small_constants.go:10:2
escape_iface_small_constants.go:10:2:     from sink = true (assign) at escape_iface_small_constants.go:10:7
escape_iface_small_constants.go:11:2: 300 escapes to heap:
escape_iface_small_constants.go:11:2:   flow: {heap} = &{storage for 300}:
escape_iface_small_constants.go:11:2:     from 300 (spill) at escape_iface_small_constants.go:11:2
escape_iface_small_constants.go:11:2:     from sink = 300 (assign) at escape_iface_small_constants.go:11:7
escape_iface_small_constants.go:8:2: 7 escapes to heap
escape_iface_small_constants.go:9:2: "lit" escapes to heap
escape_iface_small_constants.go:10:2: true escapes to heap
escape_iface_small_constants.go:11:2: 300 escapes to heap
escape_iface_small_constants.go:16:13: ... argument does not escape
