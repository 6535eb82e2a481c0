escape_closure_called_in_place.go:6:2: inPlace capturing by ref: x (addr=false assign=true width=8)
escape_closure_called_in_place.go:7:2: func literal does not escape
escape_closure_called_in_place.go:14:21: inPlace() escapes to heap:
escape_closure_called_in_place.go:14:21:   flow: {storage for ... argument} = &{storage for inPlace()}:
escape_closure_called_in_place.go:14:21:     from inPlace() (spill) at escape_closure_called_in_place.go:14:21
escape_closure_called_in_place.go:14:21:     from ... argument (slice-literal-element) at escape_closure_called_in_place.go:14:13
escape_closure_called_in_place.go:14:21:   flow: {heap} = {storage for ... argument}:
escape_closure_called_in_place.go:14:21:     from ... argument (spill) at escape_closure_called_in_place.go:14:13
escape_closure_called_in_place.go:14:21:     from fmt.Println(... argument...) (call parameter) at escape_closure_called_in_place.go:14:13
escape_closure_called_in_place.go:14:13: ... argument does not escape
escape_closure_called_in_place.go:14:21: inPlace() escapes to heap
