escape_iface_type_switch_pointer.go:9:15: leaking param: v
escape_iface_type_switch_pointer.go:15:20: ... argument does not escape
escape_iface_type_switch_pointer.go:15:21: "int " escapes to heap
escape_iface_type_switch_pointer.go:15:29: *p escapes to heap
escape_iface_type_switch_pointer.go:23:2: moved to heap: n
escape_iface_type_switch_pointer.go:24:13: ... argument does not escape
escape_iface_type_switch_pointer.go:24:22: classify(&Point{...}) escapes to heap
escape_iface_type_switch_pointer.go:24:23: &Point{...} escapes to heap
escape_iface_type_switch_pointer.go:24:46: classify(&n) escapes to heap
escape_iface_type_switch_pointer.go:24:60: classify("s") escapes to heap
escape_iface_type_switch_pointer.go:24:61: "s" escapes to heap
escape_iface_type_switch_pointer.go:24:71: last.x escapes to heap
