// Manifests that tests type into unsaved editors (not on disk), shared by the tests that need these objects.

/** A PersistentVolumeClaim `shared-data` and a Secret `db-secret`. */
export const STORAGE = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shared-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Secret
metadata:
  name: db-secret
stringData:
  password: example
`;
