escape_string_rune_byte_const.go:6:13: []rune{...} does not escape
escape_string_rune_byte_const.go:7:13: ([]byte)("hello") does not escape
escape_string_rune_byte_const.go:12:15: ([]byte)("out") escapes to heap:
escape_string_rune_byte_const.go:12:15:   flow: ~r0 = &{storage for ([]byte)("out")}:
escape_string_rune_byte_const.go:12:15:     from ([]byte)("out") (spill) at escape_string_rune_byte_const.go:12:15
escape_string_rune_byte_const.go:12:15:     from return ([]byte)("out") (return) at escape_string_rune_byte_const.go:12:2
escape_string_rune_byte_const.go:12:15: ([]byte)("out") escapes to heap
escape_string_rune_byte_const.go:16:15: string(c) escapes to heap:
escape_string_rune_byte_const.go:16:15:   flow: ~r0 = &{storage for string(c)}:
escape_string_rune_byte_const.go:16:15:     from string(c) (spill) at escape_string_rune_byte_const.go:16:15
escape_string_rune_byte_const.go:16:15:     from return string(c) (return) at escape_string_rune_byte_const.go:16:2
escape_string_rune_byte_const.go:16:15: string(c) escapes to heap
escape_string_rune_byte_const.go:20:49: char('A') escapes to heap:
escape_string_rune_byte_const.go:20:49:   flow: {storage for ... argument} = &{storage for char('A')}:
escape_string_rune_byte_const.go:20:49:     from char('A') (spill) at escape_string_rune_byte_const.go:20:49
escape_string_rune_byte_const.go:20:49:     from ... argument (slice-literal-element) at escape_string_rune_byte_const.go:20:13
escape_string_rune_byte_const.go:20:49:   flow: {heap} = {storage for ... argument}:
escape_string_rune_byte_const.go:20:49:     from ... argument (spill) at escape_string_rune_byte_const.go:20:13
escape_string_rune_byte_const.go:20:49:     from fmt.Println(... argument...) (call parameter) at escape_string_rune_byte_const.go:20:13
escape_string_rune_byte_const.go:20:31: string(bytesOut()) escapes to heap:
escape_string_rune_byte_const.go:20:31:   flow: {storage for ... argument} = &{storage for string(bytesOut())}:
escape_string_rune_byte_const.go:20:31:     from string(bytesOut()) (spill) at escape_string_rune_byte_const.go:20:31
escape_string_rune_byte_const.go:20:31:     from ... argument (slice-literal-element) at escape_string_rune_byte_const.go:20:13
escape_string_rune_byte_const.go:20:31:   flow: {heap} = {storage for ... argument}:
escape_string_rune_byte_const.go:20:31:     from ... argument (spill) at escape_string_rune_byte_const.go:20:13
escape_string_rune_byte_const.go:20:31:     from fmt.Println(... argument...) (call parameter) at escape_string_rune_byte_const.go:20:13
escape_string_rune_byte_const.go:20:21: letters() escapes to heap:
escape_string_rune_byte_const.go:20:21:   flow: {storage for ... argument} = &{storage for letters()}:
escape_string_rune_byte_const.go:20:21:     from letters() (spill) at escape_string_rune_byte_const.go:20:21
escape_string_rune_byte_const.go:20:21:     from ... argument (slice-literal-element) at escape_string_rune_byte_const.go:20:13
escape_string_rune_byte_const.go:20:21:   flow: {heap} = {storage for ... argument}:
escape_string_rune_byte_const.go:20:21:     from ... argument (spill) at escape_string_rune_byte_const.go:20:13
escape_string_rune_byte_const.go:20:21:     from fmt.Println(... argument...) (call parameter) at escape_string_rune_byte_const.go:20:13
escape_string_rune_byte_const.go:20:31: string(bytesOut()) escapes to heap:
escape_string_rune_byte_const.go:20:31:   flow: {storage for string(bytesOut())} = &{storage for string(bytesOut())}:
escape_string_rune_byte_const.go:20:31:     from string(bytesOut()) (spill) at escape_string_rune_byte_const.go:20:31
escape_string_rune_byte_const.go:20:31:     from string(bytesOut()) (interface-converted) at escape_string_rune_byte_const.go:20:31
escape_string_rune_byte_const.go:20:13: ... argument does not escape
escape_string_rune_byte_const.go:20:21: letters() escapes to heap
escape_string_rune_byte_const.go:20:31: string(bytesOut()) escapes to heap
escape_string_rune_byte_const.go:20:31: string(bytesOut()) escapes to heap
escape_string_rune_byte_const.go:20:49: char('A') escapes to heap
