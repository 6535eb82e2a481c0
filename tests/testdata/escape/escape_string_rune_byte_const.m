escape_string_rune_byte_const.go:6:13: []rune{...} does not escape
escape_string_rune_byte_const.go:7:13: ([]byte)("hello") does not escape
escape_string_rune_byte_const.go:12:15: ([]byte)("out") escapes to heap
escape_string_rune_byte_const.go:16:15: string(c) escapes to heap
escape_string_rune_byte_const.go:20:13: ... argument does not escape
escape_string_rune_byte_const.go:20:21: letters() escapes to heap
escape_string_rune_byte_const.go:20:31: string(bytesOut()) escapes to heap
escape_string_rune_byte_const.go:20:31: string(bytesOut()) escapes to heap
escape_string_rune_byte_const.go:20:49: char('A') escapes to heap
