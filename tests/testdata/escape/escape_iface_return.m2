escape_iface_return.go:6:9: n escapes to heap:
escape_iface_return.go:6:9:   flow: ~r0 = &{storage for n}:
escape_iface_return.go:6:9:     from n (spill) at escape_iface_return.go:6:9
escape_iface_return.go:6:9:     from return n (return) at escape_iface_return.go:6:2
escape_iface_return.go:6:9: n escapes to heap
escape_iface_return.go:10:13: ... argument does not escape
