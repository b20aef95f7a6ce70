// placeholder: the CI/CD variables apps (generations A-E) are mounted from here
