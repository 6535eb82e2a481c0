escape_iface_small_constants.go:8:2: 7 escapes to heap
escape_iface_small_constants.go:9:2: "lit" escapes to heap
escape_iface_small_constants.go:10:2: true escapes to heap
escape_iface_small_constants.go:11:2: 300 escapes to heap
escape_iface_small_constants.go:16:13: ... argument does not escape
