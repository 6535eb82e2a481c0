escape_embedded_promoted_field.go:10:7: a does not escape
escape_embedded_promoted_field.go:11:16: a.Name + " walks" escapes to heap
escape_embedded_promoted_field.go:19:11: leaking param: d to result ~r0 level=1
escape_embedded_promoted_field.go:25:13: ... argument does not escape
escape_embedded_promoted_field.go:25:15: d.Animal.Name escapes to heap
escape_embedded_promoted_field.go:26:13: ... argument does not escape
escape_embedded_promoted_field.go:26:18: name(&d) escapes to heap
escape_embedded_promoted_field.go:26:25: d.Animal.legs escapes to heap
escape_embedded_promoted_field.go:26:42: Animal.Describe(d.Animal) escapes to heap
