escape_iface_type_assert.go:10:14: parameter x leaks to {heap} with derefs=0:
escape_iface_type_assert.go:10:14:   flow: {heap} = x:
escape_iface_type_assert.go:10:14:     from x.(*T) (dot) at escape_iface_type_assert.go:11:10
escape_iface_type_assert.go:10:14:     from keep = x.(*T) (assign) at escape_iface_type_assert.go:11:7
escape_iface_type_assert.go:10:14: leaking param: x
escape_iface_type_assert.go:16:2: t escapes to heap:
escape_iface_type_assert.go:16:2:   flow: {heap} = &{storage for t}:
escape_iface_type_assert.go:16:2:     from t (spill) at escape_iface_type_assert.go:16:2
escape_iface_type_assert.go:16:2:     from box = t (assign) at escape_iface_type_assert.go:16:6
escape_iface_type_assert.go:14:16: x does not escape
escape_iface_type_assert.go:16:2: t escapes to heap
escape_iface_type_assert.go:21:10: &T{...} escapes to heap:
escape_iface_type_assert.go:21:10:   flow: {heap} = &{storage for &T{...}}:
escape_iface_type_assert.go:21:10:     from &T{...} (spill) at escape_iface_type_assert.go:21:10
escape_iface_type_assert.go:21:10:     from &T{...} (interface-converted) at escape_iface_type_assert.go:21:10
escape_iface_type_assert.go:21:10:     from fromPtr(&T{...}) (call parameter) at escape_iface_type_assert.go:21:9
escape_iface_type_assert.go:22:31: fromValue(T{...}) escapes to heap:
escape_iface_type_assert.go:22:31:   flow: {storage for ... argument} = &{storage for fromValue(T{...})}:
escape_iface_type_assert.go:22:31:     from fromValue(T{...}) (spill) at escape_iface_type_assert.go:22:31
escape_iface_type_assert.go:22:31:     from ... argument (slice-literal-element) at escape_iface_type_assert.go:22:13
escape_iface_type_assert.go:22:31:   flow: {heap} = {storage for ... argument}:
escape_iface_type_assert.go:22:31:     from ... argument (spill) at escape_iface_type_assert.go:22:13
escape_iface_type_assert.go:22:31:     from fmt.Println(... argument...) (call parameter) at escape_iface_type_assert.go:22:13
escape_iface_type_assert.go:22:18: keep.v escapes to heap:
escape_iface_type_assert.go:22:18:   flow: {storage for ... argument} = &{storage for keep.v}:
escape_iface_type_assert.go:22:18:     from keep.v (spill) at escape_iface_type_assert.go:22:18
escape_iface_type_assert.go:22:18:     from ... argument (slice-literal-element) at escape_iface_type_assert.go:22:13
escape_iface_type_assert.go:22:18:   flow: {heap} = {storage for ... argument}:
escape_iface_type_assert.go:22:18:     from ... argument (spill) at escape_iface_type_assert.go:22:13
escape_iface_type_assert.go:22:18:     from fmt.Println(... argument...) (call parameter) at escape_iface_type_assert.go:22:13
escape_iface_type_assert.go:21:10: &T{...} escapes to heap
escape_iface_type_assert.go:22:13: ... argument does not escape
escape_iface_type_assert.go:22:18: keep.v escapes to heap
escape_iface_type_assert.go:22:31: fromValue(T{...}) escapes to heap
escape_iface_type_assert.go:22:33: T{...} does not escape
