escape_iface_type_assert.go:10:14: leaking param: x
escape_iface_type_assert.go:14:16: x does not escape
escape_iface_type_assert.go:16:2: t escapes to heap
escape_iface_type_assert.go:21:10: &T{...} escapes to heap
escape_iface_type_assert.go:22:13: ... argument does not escape
escape_iface_type_assert.go:22:18: keep.v escapes to heap
escape_iface_type_assert.go:22:31: fromValue(T{...}) escapes to heap
escape_iface_type_assert.go:22:33: T{...} does not escape
