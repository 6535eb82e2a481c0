escape_closure_called_in_place.go:7:2: func literal does not escape
escape_closure_called_in_place.go:14:13: ... argument does not escape
escape_closure_called_in_place.go:14:21: inPlace() escapes to heap
