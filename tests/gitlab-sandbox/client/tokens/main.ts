// placeholder: the token display apps are mounted from here
