escape_embedded_pointer.go:9:7: b does not escape
escape_embedded_pointer.go:17:20: &Base{...} escapes to heap
escape_embedded_pointer.go:22:13: ... argument does not escape
escape_embedded_pointer.go:22:19: (*Base).ID(it.Base) escapes to heap
escape_embedded_pointer.go:22:25: it.Base.id escapes to heap
escape_embedded_pointer.go:22:32: it.label escapes to heap
