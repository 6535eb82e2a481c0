escape_iface_fmt_args.go:7:21: leaking param: s
escape_iface_fmt_args.go:8:13: ... argument does not escape
escape_iface_fmt_args.go:8:13: a escapes to heap
escape_iface_fmt_args.go:8:17: 1 escapes to heap
escape_iface_fmt_args.go:8:17: b escapes to heap
escape_iface_fmt_args.go:8:24: a + b escapes to heap
escape_iface_fmt_args.go:8:24: s escapes to heap
escape_iface_fmt_args.go:8:32: T{...} escapes to heap
