escape_iface_devirtualize.go:17:22: devirtualizing s.String to T
escape_iface_devirtualize.go:19:21: devirtualizing sh.Area to *Sq
escape_iface_devirtualize.go:7:47: ... argument does not escape
escape_iface_devirtualize.go:7:48: "T#" escapes to heap
escape_iface_devirtualize.go:7:57: int(t) escapes to heap
escape_iface_devirtualize.go:13:7: q does not escape
escape_iface_devirtualize.go:16:6: T(1) does not escape
escape_iface_devirtualize.go:17:13: ... argument does not escape
escape_iface_devirtualize.go:17:22: T.String(s.(T)) escapes to heap
escape_iface_devirtualize.go:18:17: &Sq{...} does not escape
escape_iface_devirtualize.go:19:13: ... argument does not escape
escape_iface_devirtualize.go:19:21: (*Sq).Area(sh.(*Sq)) escapes to heap
